import { browser } from "@zorgpact/eslint-config";

export default browser;
