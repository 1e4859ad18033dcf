import type { ReactNode } from "react";
import { uiMessages } from "./messages.ts";

export function LoadingState({ label = uiMessages.loading }: { label?: string }) {
  return (
    <p role="status" className="state state--loading">
      {label}
    </p>
  );
}

export interface ErrorStateProps {
  /** Shown under the title; a friendly Dutch default when left out. */
  message?: string;
  onRetry?: () => void;
}

export function ErrorState({ message = uiMessages.errorBody, onRetry }: ErrorStateProps) {
  return (
    <div role="alert" className="state state--error">
      <p>
        <strong>{uiMessages.errorTitle}</strong>
      </p>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {uiMessages.retry}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ children = uiMessages.empty }: { children?: ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}
