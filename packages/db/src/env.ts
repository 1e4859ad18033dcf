/** The database package's configuration: the only place it reads the environment. */
export const dbEnv = {
  /** A PostgreSQL connection string; without it the platform runs on embedded PGlite. */
  databaseUrl: process.env.DATABASE_URL || undefined,
  /** Where PGlite keeps its files when no DATABASE_URL is set. */
  pgliteDataDir: process.env.PGLITE_DATA_DIR || undefined,
  demoPassword: process.env.DEMO_PASSWORD || "zorgpact-demo-2026",
};
