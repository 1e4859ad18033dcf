import type { Task } from "@zorgpact/domain/reminder";
import { describe, expect, it } from "vitest";
import { dutchDate, reminderMail, taskLine } from "./reminder-mail.ts";

const base = { pactId: "p", pactName: "Zorgpact Noord", overdue: false };
const tasks: Task[] = [
  {
    ...base,
    key: "a",
    kind: "measurement_due",
    overdue: true,
    indicatorId: "i",
    indicatorName: "Uitval <eerste jaar>",
    lastMeasuredOn: "2017-12-31",
    dueOn: "2018-12-31",
  },
  { ...base, key: "b", kind: "volgspot_due", year: 2026, dueOn: "2026-12-31", state: "none" },
  { ...base, key: "c", kind: "agreement_due", agreementId: "g", year: 2025, text: "Stageplaatsen in kaart", dueOn: "2026-12-10" },
  { ...base, key: "d", kind: "volgspot_review", year: 2026, volgspotId: "v", submittedOn: "2026-11-10" },
];

describe("the reminder e-mail", () => {
  it("writes dates the Dutch way without shifting the day", () => {
    expect(dutchDate("2026-12-01")).toBe("1 december 2026");
    expect(dutchDate("2018-12-31")).toBe("31 december 2018");
  });

  it("names what to do, for which pact and by when, in one line per task", () => {
    expect(tasks.map(taskLine)).toEqual([
      'Zorgpact Noord: nieuwe meting voor "Uitval <eerste jaar>" — te laat, was uiterlijk 31 december 2018',
      "Zorgpact Noord: Volgspot 2026 houden en indienen — uiterlijk 31 december 2026",
      'Zorgpact Noord: verbeterafspraak "Stageplaatsen in kaart" — uiterlijk 10 december 2026',
      "Zorgpact Noord: Volgspot 2026 beoordelen — ingediend op 10 november 2026",
    ]);
  });

  it("counts the tasks in the subject, links to the task list and escapes the HTML version", () => {
    const mail = reminderMail({ name: "Anna", tasks, tasksUrl: "https://zorgpact.voorbeeld.nl/admin/taken" });
    expect(mail.subject).toBe("Zorgpact: 4 nieuwe taken, waarvan 1 te laat");
    expect(mail.text).toContain("Beste Anna,");
    expect(mail.text).toContain("Bekijk al je taken op https://zorgpact.voorbeeld.nl/admin/taken");
    expect(mail.html).toContain("Uitval &lt;eerste jaar&gt;");
    expect(mail.html).not.toContain("<eerste jaar>");
    expect(reminderMail({ name: "Anna", tasks: tasks.slice(1, 2), tasksUrl: "x" }).subject).toBe("Zorgpact: een nieuwe taak");
  });

  it("lists at most 25 tasks and says how many more there are", () => {
    const many = Array.from({ length: 30 }, (_, i): Task => ({
      ...base,
      key: `m${i}`,
      kind: "agreement_due",
      agreementId: `g${i}`,
      year: 2025,
      text: `Afspraak ${i}`,
      dueOn: "2026-12-10",
    }));
    const mail = reminderMail({ name: "Anna", tasks: many, tasksUrl: "x" });
    expect(mail.text.match(/^- /gm)).toHaveLength(25);
    expect(mail.text).toContain("… en nog 5 andere.");
  });
});
