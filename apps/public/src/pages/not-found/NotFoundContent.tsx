import { Link } from "react-router";
import { messages } from "../../messages.ts";

export function NotFoundContent({ heading, body }: { heading: string; body: string }) {
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
