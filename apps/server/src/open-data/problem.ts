import { STATUS_CODES } from "node:http";
import type { FastifyReply } from "fastify";

/** An error as RFC 9457 problem details (application/problem+json), as the API design rules ask. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: { name: string; reason: string }[];
}

export function problem(status: number, detail: string, extra: Pick<Problem, "instance" | "invalidParams"> = {}): Problem {
  // With type about:blank the title is the HTTP status phrase (RFC 9457 §4.2.1); the detail is Dutch.
  return { type: "about:blank", title: STATUS_CODES[status] ?? "Error", status, detail, ...extra };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type("application/problem+json; charset=utf-8").header("Cache-Control", "no-store").send(body);
}
