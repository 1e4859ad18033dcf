import { storage } from "@zorgpact/eslint-config";

export default storage;
