import { server } from "@zorgpact/eslint-config";

export default server;
