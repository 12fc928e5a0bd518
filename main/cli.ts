#!/usr/bin/env node
/** `buurtkiosk <opdracht>`: start, serve, validate, import, sign, keygen, edit; one small module each. */
import { parseArgs } from 'node:util';
import { ContentError } from './kiosk';
import { importCommand } from './cli/import-command';
import { editCommand } from './cli/edit-command';
import { closeOnSignal, startServing } from './cli/serve-command';
import { keygenCommand, signCommand } from './cli/sign-command';
import { startCommand } from './cli/start-command';
import { validateCommand } from './cli/validate-command';

const USAGE = `Gebruik: buurtkiosk <opdracht> [opties]

  start     [--content MAP] [--location ID]          kiosk op volledig scherm
  serve     [--content MAP] [--location ID] [--port N] webserver op 127.0.0.1 (voor een browser)
  validate  PAD                                       controleer een content.json (of een map met één)
  import    PAD                                       lees inhoud in zoals van een USB-stick (stick, map
                                                      buurtkiosk of map met content.json)
  keygen    [--out MAP]                               maak een sleutelpaar om inhoud te ondertekenen
  sign      --key SLEUTEL.pem PAD                     onderteken content.json (schrijft content.json.sig)
  edit      [PAD] [--port N] [--no-open]              beheer-editor in je browser; slaat op in PAD
                                                      (standaard de huidige map)

Opties:
  --content MAP   toon de inhoud uit MAP in plaats van de opgeslagen inhoud
  --location ID   het eigen buurtpunt van dit scherm (bv. bijloke)
  --port N        poort voor serve en start (standaard 8377) of edit (standaard een vrije);
                  0 kiest een vrije poort
  --no-open       edit opent je browser niet zelf

In de projectmap werkt ook "npx buurtkiosk …"; elders na één keer "npm link" in de projectmap.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      content: { type: 'string' },
      location: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      key: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const contentDir = str(values.content);
  const location = str(values.location);
  const options = { ...(contentDir ? { contentDir } : {}), ...(location ? { location } : {}) };

  switch (command) {
    case 'validate': {
      if (!rest[0]) {
        console.error('Gebruik: buurtkiosk validate PAD  (een content.json of een map met één)');
        return 2;
      }
      return validateCommand(rest[0], (line) => console.log(line));
    }
    case 'import': {
      if (!rest[0]) {
        console.error(
          'Gebruik: buurtkiosk import PAD  (een stick, een map buurtkiosk of een map met content.json)',
        );
        return 2;
      }
      return importCommand(rest[0], (line) => console.log(line));
    }
    case 'keygen':
      return keygenCommand(str(values.out) ?? '.', (line) => console.log(line));
    case 'sign': {
      const key = str(values.key);
      if (!key || !rest[0]) {
        console.error('Gebruik: buurtkiosk sign --key SLEUTEL.pem PAD  (content.json of de map ervan)');
        return 2;
      }
      return signCommand(key, rest[0], (line) => console.log(line));
    }
    case 'edit': {
      const port = Number(str(values.port) ?? '0');
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`Ongeldige poort: ${String(values.port)}`);
        return 2;
      }
      return editCommand(rest[0] ?? '.', { port, openBrowser: values['no-open'] !== true }, (line) =>
        console.log(line),
      );
    }
    case 'serve': {
      const port = Number(str(values.port) ?? '8377');
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`Ongeldige poort: ${String(values.port)}`);
        return 2;
      }
      const host = await startServing({ ...options, port });
      console.log(`buurtkiosk draait op ${host.url}  (Ctrl-C stopt)`);
      await closeOnSignal(host);
      return 0;
    }
    case 'start':
    case undefined:
      if (values.help) break;
      return startCommand(
        { ...options, port: Number(str(values.port) ?? '8377') },
        argv.filter((a) => a !== 'start'),
      );
    case 'help':
      break;
    default:
      console.error(`Onbekende opdracht: ${command}\n`);
      console.error(USAGE);
      return 2;
  }
  console.log(USAGE);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ContentError) {
      console.error(`De inhoud in ${err.dir} is niet bruikbaar:`);
      for (const line of err.lines) console.error(`  ${line}`);
      process.exit(1);
    }
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
