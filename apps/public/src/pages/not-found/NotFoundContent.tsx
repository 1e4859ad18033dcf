import { Link } from "react-router";
import { useServerStatus } from "@zorgpact/ui/server-render.ts";
import { messages } from "../../messages.ts";

/** Every "not found" page: the server answers it with status 404. */
export function NotFoundContent({ heading, body }: { heading: string; body: string }) {
  useServerStatus(404);
  return (
    <>
      <h1>{heading}</h1>
      <p>{body}</p>
      <ul>
        <li>
          <Link to="/zorgpacten">{messages.notFound.toList}</Link>
        </li>
        <li>
          <Link to="/">{messages.notFound.toHome}</Link>
        </li>
      </ul>
    </>
  );
}
