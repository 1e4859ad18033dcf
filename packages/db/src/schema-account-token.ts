import type { AccountTokenPurpose } from "@zorgpact/domain/account-token";
import type { ColumnType, Generated } from "kysely";

/** One-time links sent by e-mail: invitations and password resets (issue 13). */
type Timestamp = ColumnType<string, string | undefined, string>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface AccountTokensTable {
  id: Generated<string>;
  userId: string;
  purpose: AccountTokenPurpose;
  /** SHA-256 (hex) of the token in the link. */
  tokenHash: string;
  expiresAt: string;
  usedAt: Nullable<string>;
  /** Replaced by a newer link, or the password was set another way. */
  revokedAt: Nullable<string>;
  createdBy: Nullable<string>;
  createdAt: Timestamp;
}

/** Password-reset requests per address and IP, for throttling; kept for the throttle window. */
export interface PasswordResetRequestsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  requestedAt: string;
}

export interface AccountTokenTables {
  accountTokens: AccountTokensTable;
  passwordResetRequests: PasswordResetRequestsTable;
}
