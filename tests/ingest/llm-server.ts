// A real OpenAI-compatible HTTP server for the tests, on 127.0.0.1 and a free port: it answers
// POST /v1/chat/completions from a script, one reply per request, and records every request it receives.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The body of a chat completion request, as far as the tests read it. */
export interface CompletionRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format: unknown;
  temperature?: number;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: CompletionRequestBody;
}

/** How to answer one request: a completion whose message has `content`, a raw HTTP reply, or no reply at all. */
export type Reply =
  | { content: string | object; finishReason?: string; usage?: [number, number] }
  | { status: number; headers?: Record<string, string>; body?: object }
  | { hang: true };

export interface LlmServer {
  /** The base URL, up to /v1. */
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** The user message's text between the `"""` fences of the prompt. */
export function chunkOf(request: ReceivedRequest): string {
  const user = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
  return user.slice(user.indexOf('"""\n') + 4, user.lastIndexOf('\n"""'));
}

function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Starts the server. `script` gives the reply to the n-th request (0-based), from a list or a function of the
 * request; a request past the end of a list gets a 500 that says so.
 */
export async function startLlmServer(
  script: readonly Reply[] | ((request: ReceivedRequest, n: number) => Reply),
): Promise<LlmServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (part) => {
      raw += part;
    });
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(raw || '{}') as CompletionRequestBody,
      };
      const n = received.length;
      received.push(request);
      const reply = typeof script === 'function' ? script(request, n) : script[n];
      if (!reply) return send(res, 500, { error: { message: `no reply scripted for request ${n + 1}` } });
      if ('hang' in reply) return;
      if ('status' in reply) return send(res, reply.status, reply.body ?? {}, reply.headers);
      const [prompt, completion] = reply.usage ?? [100, 20];
      send(res, 200, {
        id: `chatcmpl-${n + 1}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: request.body.model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content),
              refusal: null,
            },
            finish_reason: reply.finishReason ?? 'stop',
            logprobs: null,
          },
        ],
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
