/** The API package's configuration: the only place it reads the environment. */
export const apiEnv = {
  /** Stack traces and internal messages are sent to clients only outside production. */
  isProduction: process.env.NODE_ENV === "production",
};
