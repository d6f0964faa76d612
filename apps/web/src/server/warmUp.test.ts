import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { warmUp } from "./warmUp";

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

function listen(handler: (req: IncomingMessage) => number, port = 0): Promise<string> {
  server = createServer((req, res) => {
    res.statusCode = handler(req);
    res.end("ok");
  });
  return new Promise((resolve) => server!.listen(port, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

describe("warmUp", () => {
  it("requests each path once and reports its status", async () => {
    const seen: string[] = [];
    const origin = await listen((req) => {
      seen.push(`${req.url} ${req.headers["user-agent"]}`);
      return req.url === "/" ? 200 : 404;
    });
    expect(await warmUp(origin, ["/", "/missing"])).toEqual([200, 404]);
    expect(seen).toEqual(["/ dateline-warm-up", "/missing dateline-warm-up"]);
  });

  it("waits for a server that starts listening later", async () => {
    // Find a free port, leave it closed for a while, then listen on it.
    const probe = await listen(() => 200);
    const port = Number(new URL(probe).port);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    let hits = 0;
    setTimeout(() => void listen(() => (hits++, 200), port), 120);
    expect(await warmUp(probe, ["/"], { attempts: 40, retryMs: 20 })).toEqual([200]);
    expect(hits).toBe(1);
  });

  it("gives up without throwing when nothing answers", async () => {
    const probe = await listen(() => 200);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    expect(await warmUp(probe, ["/"], { attempts: 3, retryMs: 1 })).toEqual([0]);
  });
});
