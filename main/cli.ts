#!/usr/bin/env node
/** `buurtkiosk <opdracht>`: start, serve, validate, import, sign, publish, keygen, edit; one small module each. */
import { parseArgs } from 'node:util';
import { ContentError } from './kiosk';
import { importCommand } from './cli/import-command';
import { editCommand } from './cli/edit-command';
import { publishCommand } from './cli/publish-command';
import { closeOnSignal, startServing } from './cli/serve-command';
import { keygenCommand, signCommand } from './cli/sign-command';
import { startCommand } from './cli/start-command';
import { validateCommand } from './cli/validate-command';

const USAGE = `Gebruik: buurtkiosk <opdracht> [opties]

  start     [--content MAP] [--location ID]          kiosk op volledig scherm
  serve     [--content MAP] [--location ID] [--port N] webserver op 127.0.0.1 (voor een browser)
  validate  [--key SLEUTEL] PAD                       controleer zoals het scherm bij inlezen doet (stick,
                                                      map buurtkiosk, map met content.json of content.json)
  import    [--accept-older] PAD                      lees inhoud in zoals van een USB-stick (zelfde PAD)
  keygen    [--out MAP]                               maak een sleutelpaar om inhoud te ondertekenen
                                                      (de geheime sleutel komt in de gegevensmap)
  sign      [--key SLEUTEL.pem] PAD                   controleer en onderteken de hele map (schrijft
                                                      ondertekening.json en ondertekening.sig)
  publish   [--key SLEUTEL.pem] PAD --out MAP         controleer, onderteken en schrijf een map voor een
                                                      webserver (updates via het netwerk)
  edit      [PAD] [--port N]                          beheer-editor in de browser; slaat op in PAD
                                                      (standaard de huidige map)

Opties:
  --content MAP   toon de inhoud uit MAP in plaats van de opgeslagen inhoud
  --location ID   het eigen buurtpunt van dit scherm (bv. bijloke)
  --port N        poort voor serve (standaard 8377; 0 kiest een vrije poort)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      content: { type: 'string' },
      location: { type: 'string' },
      port: { type: 'string' },
      key: { type: 'string' },
      out: { type: 'string' },
      'accept-older': { type: 'boolean' },
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
      const key = str(values.key);
      return validateCommand(rest[0], (line) => console.log(line), key !== undefined ? { key } : {});
    }
    case 'import': {
      if (!rest[0]) {
        console.error(
          'Gebruik: buurtkiosk import PAD  (een stick, een map buurtkiosk of een map met content.json)',
        );
        return 2;
      }
      return importCommand(rest[0], (line) => console.log(line), {
        acceptOlder: values['accept-older'] === true,
      });
    }
    case 'keygen': {
      const outDir = str(values.out);
      return keygenCommand((line) => console.log(line), outDir !== undefined ? { outDir } : {});
    }
    case 'sign': {
      const keyFile = str(values.key);
      if (!rest[0]) {
        console.error(
          'Gebruik: buurtkiosk sign [--key SLEUTEL.pem] PAD  (een stick, een map buurtkiosk of een map met content.json)',
        );
        return 2;
      }
      return signCommand(rest[0], (line) => console.log(line), keyFile !== undefined ? { keyFile } : {});
    }
    case 'publish': {
      const keyFile = str(values.key);
      const outDir = str(values.out);
      if (!rest[0] || !outDir) {
        console.error('Gebruik: buurtkiosk publish [--key SLEUTEL.pem] PAD --out MAP  (zie docs/netwerk.md)');
        return 2;
      }
      return publishCommand(
        rest[0],
        outDir,
        (line) => console.log(line),
        keyFile !== undefined ? { keyFile } : {},
      );
    }
    case 'edit': {
      const port = Number(str(values.port) ?? '0');
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`Ongeldige poort: ${String(values.port)}`);
        return 2;
      }
      return editCommand(rest[0] ?? '.', port, (line) => console.log(line));
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
