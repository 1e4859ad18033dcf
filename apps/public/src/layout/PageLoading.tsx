import { LoadingState } from "@zorgpact/ui/Status.tsx";

/** Shown while a page's code chunk loads on the first visit. */
export function PageLoading() {
  return <LoadingState />;
}
