// bpmn.io's linter (recommended rules, ../.bpmnlintrc) over every BPMN file in ../bpmn: exits non-zero on an error.
// Installs the pinned linter from package-lock.json first when it is missing. Run from the project folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const project = dirname(here);
const cli = join(here, 'node_modules', 'bpmnlint', 'bin', 'bpmnlint.js');

if (!existsSync(cli)) {
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'],
    { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  if (npm.status !== 0) {
    console.error('Could not install bpmnlint (npm ci in .bpmnlint). Node 24 and npm must be on PATH.');
    process.exit(npm.status ?? 1);
  }
}
const bpmnDir = join(project, 'bpmn');
const files = readdirSync(bpmnDir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(bpmnDir, f));
const lint = spawnSync(process.execPath, [cli, '--config', join(project, '.bpmnlintrc'), ...files],
  { cwd: project, stdio: 'inherit' });
process.exit(lint.status ?? 1);
