import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { NotFoundContent } from "./NotFoundContent.tsx";

export function NotFoundPage() {
  useDocumentTitle(messages.notFound.title, messages.siteName);
  return <NotFoundContent heading={messages.notFound.heading} body={messages.notFound.body} />;
}
