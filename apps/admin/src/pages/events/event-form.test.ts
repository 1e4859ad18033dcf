import { describe, expect, it } from "vitest";
import { emptyEventForm, eventInput, parseCount } from "./event-form.ts";

const filled = {
  ...emptyEventForm,
  kind: "national_working_day" as const,
  title: "Landelijke Werkdag",
  startsAt: "2016-12-08T09:30",
  endsAt: "2016-12-08T16:30",
};

describe("the event form", () => {
  it("reads participant counts as whole numbers, with dots as thousands separators", () => {
    expect(parseCount("")).toBeNull();
    expect(parseCount("1.200")).toBe(1200);
    expect(parseCount("12,5")).toBe("invalid");
    expect(parseCount("-3")).toBe("invalid");
  });

  it("turns the typed form into the API's input, empty texts as none", () => {
    const result = eventInput({ ...filled, expectedParticipants: "500", location: " " });
    expect(result.ok && result.data).toMatchObject({ expectedParticipants: 500, actualParticipants: null, location: null, onlineUrl: null });
  });

  it("marks an end before the start, a bad number and a missing kind at once", () => {
    const result = eventInput({ ...filled, kind: "", endsAt: "2016-12-08T08:00", actualParticipants: "veel" });
    expect(Object.keys(result.errors).sort()).toEqual(["actualParticipants", "endsAt", "kind"]);
  });
});
