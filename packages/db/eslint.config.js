import { db } from "@zorgpact/eslint-config";

export default db;
