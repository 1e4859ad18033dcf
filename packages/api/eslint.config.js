import { api } from "@zorgpact/eslint-config";

export default api;
