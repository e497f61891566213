import type { IncomingMessage, Server, ServerResponse } from "node:http";
export function serve(handle: (req: IncomingMessage, res: ServerResponse) => unknown, trustedProxies: number): Server;
