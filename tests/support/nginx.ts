/**
 * A real nginx for the network e2e tests: a temporary prefix and config, a free port on 127.0.0.1,
 * started and stopped by the test. Its access log (one line per request: method, path, status, body
 * bytes) is how tests count what the screens asked for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Where Debian puts nginx (`apt-get install nginx-light`); NGINX overrides it. */
export const NGINX_BINARY = process.env.NGINX ?? '/usr/sbin/nginx';

/** Why the nginx tests cannot run here, or null when they can. */
export function nginxMissing(): string | null {
  return existsSync(NGINX_BINARY)
    ? null
    : `nginx is not installed (${NGINX_BINARY}); install it with "apt-get install nginx-light" (.ci/run does)`;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  bytes: number;
}

export interface Nginx {
  /** http://127.0.0.1:PORT/ */
  origin: string;
  /** The folder nginx serves. */
  root: string;
  /** Every request so far, from the access log. */
  requests(): LoggedRequest[];
  stop(): Promise<void>;
  /** Starts it again after `stop()`, on the same port with the same folder. */
  restart(): Promise<void>;
  /** Stops nginx and removes its folders. */
  remove(): Promise<void>;
}

/** Starts nginx serving a fresh empty folder. */
export async function startNginx(): Promise<Nginx> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'buurtkiosk-nginx-'));
  const root = path.join(prefix, 'www');
  for (const dir of [root, path.join(prefix, 'logs'), path.join(prefix, 'tmp')]) mkdirSync(dir);
  const port = await freePort();
  const accessLog = path.join(prefix, 'logs', 'access.log');
  writeFileSync(accessLog, '');
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, config(prefix, root, port, accessLog));
  const launch = async (): Promise<ChildProcess> => {
    const child = spawn(
      NGINX_BINARY,
      ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'logs', 'error.log')],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await waitUntilServing(port, child, () => stderr);
    return child;
  };
  let child = await launch();
  let stopped: Promise<void> | null = null;
  const stop = () => (stopped ??= stopChild(child));
  return {
    origin: `http://127.0.0.1:${port}/`,
    root,
    requests: () => parseAccessLog(readFileSync(accessLog, 'utf8')),
    stop,
    restart: async () => {
      await stop();
      child = await launch();
      stopped = null;
    },
    remove: async () => {
      await stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function config(prefix: string, root: string, port: number, accessLog: string): string {
  const tmp = (name: string) => path.join(prefix, 'tmp', name);
  // As root, nginx's workers would become "nobody" and could not read a private temporary folder.
  const user = process.getuid?.() === 0 ? 'user root root;' : '';
  return `${user}
worker_processes 1;
daemon off;
master_process on;
pid ${path.join(prefix, 'nginx.pid')};
events { worker_connections 256; }
http {
  log_format counted '$request_method $uri $status $body_bytes_sent';
  access_log ${accessLog} counted;
  client_body_temp_path ${tmp('body')};
  proxy_temp_path ${tmp('proxy')};
  fastcgi_temp_path ${tmp('fastcgi')};
  uwsgi_temp_path ${tmp('uwsgi')};
  scgi_temp_path ${tmp('scgi')};
  types { application/json json; image/png png; image/jpeg jpg jpeg; image/webp webp; }
  default_type application/octet-stream;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    etag on;
  }
}
`;
}

function parseAccessLog(text: string): LoggedRequest[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [method = '', uri = '', status = '0', bytes = '0'] = line.split(' ');
      return { method, path: uri, status: Number(status), bytes: Number(bytes) };
    });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Resolves once nginx answers on `port`; rejects with its error output when it exits first. */
async function waitUntilServing(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited with ${code}: ${stderr()}`))),
  );
  const answering = (async () => {
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    throw new Error(`nginx did not answer on port ${port}: ${stderr()}`);
  })();
  await Promise.race([answering, exited]);
  exited.catch(() => undefined);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM'); // nginx's "fast shutdown": workers go too
  });
}
