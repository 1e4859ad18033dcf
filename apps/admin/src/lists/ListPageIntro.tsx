import { Link, useLocation } from "react-router";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";

export interface ListPageIntroProps {
  heading: string;
  intro: string;
  /** The page that adds a record, and its button's label. */
  add?: { to: string; label: string };
  /** Whether to show the notice a form left in the navigation state ("Regio X is aangemaakt."). */
  showNotice?: boolean;
}

/** The top of a list page: heading, intro, the button that adds a record and the notice a form left behind. */
export function ListPageIntro({ heading, intro, add, showNotice = false }: ListPageIntroProps) {
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  return (
    <>
      <h1>{heading}</h1>
      <p>{intro}</p>
      {add ? (
        <p>
          <Link to={add.to} className="button">
            {add.label}
          </Link>
        </p>
      ) : null}
      {showNotice ? <FormStatus>{typeof notice === "string" ? notice : null}</FormStatus> : null}
    </>
  );
}
