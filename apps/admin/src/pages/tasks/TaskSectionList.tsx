import { useRef, useState } from "react";
import { Link } from "react-router";
import type { Task } from "@zorgpact/domain/reminder";
import { taskMessages } from "../../messages/task.ts";
import { SECTION_PREVIEW, taskLink, type TaskSection } from "./task-view.ts";

const m = taskMessages;

/** One kind of task as a list, the first few shown and the rest behind "show all". */
export function TaskSectionList({ section }: { section: TaskSection }) {
  const [expanded, setExpanded] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const label = m.sections[section.kind];
  const headingId = `taken-${section.kind}`;
  const shown = expanded ? section.tasks : section.tasks.slice(0, SECTION_PREVIEW);
  const showAll = () => {
    setExpanded(true);
    // The button goes away: keyboard focus moves on to the first task that was hidden.
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLAnchorElement>("a")[SECTION_PREVIEW]?.focus());
  };
  return (
    <section className="task-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.sectionHeading(label, section.tasks.length)}</h2>
      <ul ref={listRef} className="task-list">
        {shown.map((task) => (
          <li key={task.key} className={task.overdue ? "task task--overdue" : "task"}>
            <TaskItem task={task} />
          </li>
        ))}
      </ul>
      {!expanded && section.tasks.length > SECTION_PREVIEW ? (
        <button type="button" className="button--secondary" onClick={showAll}>
          {m.showAll(section.tasks.length, label)}
        </button>
      ) : null}
    </section>
  );
}

function TaskItem({ task }: { task: Task }) {
  return (
    <>
      <p className="task__title">
        <Link to={taskLink(task)}>{title(task)}</Link>
      </p>
      <p className="task__meta">
        <span className="task__pact">{task.pactName}</span>
        {" · "}
        {task.kind === "volgspot_review" ? (
          <span>{m.submittedOn(task.submittedOn)}</span>
        ) : (
          <>
            {task.overdue ? <span className="task__flag task__flag--overdue">{m.overdue}</span> : <span className="task__flag">{m.dueSoon}</span>}{" "}
            <span>{m.dueOn(task.dueOn)}</span>
          </>
        )}
        {detail(task) ? (
          <>
            {" · "}
            <span>{detail(task)}</span>
          </>
        ) : null}
      </p>
    </>
  );
}

function title(task: Task): string {
  switch (task.kind) {
    case "volgspot_due":
      return m.volgspotDue(task.year);
    case "volgspot_review":
      return m.volgspotReview(task.year);
    case "agreement_due":
      return task.text;
    case "measurement_due":
      return m.measurementDue(task.indicatorName);
  }
}

function detail(task: Task): string | null {
  switch (task.kind) {
    case "volgspot_due":
      return m.volgspotState[task.state];
    case "measurement_due":
      return m.lastMeasured(task.lastMeasuredOn);
    case "agreement_due":
      return m.agreementFrom(task.year);
    default:
      return null;
  }
}
