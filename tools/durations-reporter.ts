// Prints where a run's time went: per project, the sum of its files' durations (tests and hooks) and
// of their imports, and the slowest files. The figures to compare before and after a change to the
// suite; on a busy machine, compare runs made one after the other, and say the load beside them.
import type { Reporter, TestModule } from 'vitest/node';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const slowest = 8;

export class DurationsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const projects = new Map<string, { files: number; run: number; imports: number }>();
    const files: { name: string; run: number }[] = [];
    for (const testModule of testModules) {
      const { duration, collectDuration } = testModule.diagnostic();
      const name = testModule.project.name || 'default';
      const project = projects.get(name) ?? { files: 0, run: 0, imports: 0 };
      projects.set(name, {
        files: project.files + 1,
        run: project.run + duration,
        imports: project.imports + collectDuration,
      });
      files.push({ name: `${name} ${testModule.relativeModuleId}`, run: duration });
    }
    if (files.length < 2) return;
    const lines = ['', 'Time by project (sum over files, not wall time):'];
    for (const [name, p] of [...projects].sort((a, b) => b[1].run - a[1].run))
      lines.push(`  ${name}: ${p.files} files, ${seconds(p.run)} in tests, ${seconds(p.imports)} importing`);
    lines.push('Slowest files:');
    for (const file of files.sort((a, b) => b.run - a.run).slice(0, slowest))
      lines.push(`  ${seconds(file.run).padStart(8)}  ${file.name}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
