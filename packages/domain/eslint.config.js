import { domain } from "@zorgpact/eslint-config";

export default domain;
