import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * The quiz core and the quiz islands run in the reader's browser (and in other sites that embed
 * quizzes), so they must not pull in build-time or Astro code: no Astro, Zod or Node modules, and
 * nothing from the build, Astro, loader, integration or catalog folders, not even through a
 * shared module that imports one of those in turn. Imports are followed transitively.
 */

/** Shared modules outside the quiz folder that are browser-safe and that core/ui may use. */
const SHARED = [
  // The one guard around localStorage (unavailable, full, corrupt): used by quiz progress,
  // recent searches and the theme. Plain browser code; its own imports are checked here too.
  'src/lib/safe-storage.ts',
  // The content error type (file, question id / field, fix; no stack trace): import-free plain
  // data and formatting, so the quiz resolver can report bad props the same way at build time.
  'src/lib/content-problems.ts',
  // Base-path-aware site URLs (the solution's "learn more" link): import-free string functions.
  'src/lib/url.ts',
];

/**
 * Virtual modules and the file their imports are checked through: the site's UI text is one locale
 * folder of src/i18n (plain data, `Intl` formatting), checked through the reference locale.
 */
const VIRTUAL: Record<string, string> = { 'virtual:studyforge/strings': 'src/i18n/en/index.ts' };

interface Layer {
  /** Folder whose every source file is checked. */
  root: string;
  /** Folders (and SHARED files) its files may import from. */
  local: string[];
  /** Packages it may import (exactly, or a subpath of). */
  packages: string[];
}

const LAYERS: Layer[] = [
  // Pure logic: no DOM framework, no packages at all.
  { root: 'src/quiz/core', local: ['src/quiz/core', 'src/i18n'], packages: [] },
  // The islands: core, the UI folder itself and Preact.
  { root: 'src/quiz/ui', local: ['src/quiz/core', 'src/quiz/ui', 'src/i18n'], packages: ['preact'] },
  // The exporters: pure functions from rendered banks to file contents (HTML trees and a zip library, no Astro).
  {
    root: 'src/quiz/export',
    local: ['src/quiz/core', 'src/quiz/export', 'src/quiz/ui/strings.ts', 'src/i18n', 'src/lib/html-to-text.ts'],
    packages: ['fflate', 'hast', 'hast-util-from-html', 'hast-util-to-html'],
  },
];

/** Named here so a violation says which kind of code crept in. */
const BUILD_FOLDERS = ['src/quiz/build', 'src/quiz/astro', 'src/loaders', 'src/integration', 'src/catalog'];

const SOURCE = /\.(ts|tsx|js|mjs|jsx)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.jsx', '/index.ts', '/index.tsx', '/index.js'];

/** Every module specifier in a source file: static, type-only, re-export, side-effect and dynamic imports. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^;'"()]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1]!));
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next extension */
    }
  }
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !/\.(test|spec)\./.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const within = (file: string, folder: string) => file === folder || file.startsWith(folder + sep);

/**
 * Walks each layer's import graph from `projectRoot` and returns one line per forbidden import,
 * with the chain of files that leads to it.
 */
export function layerViolations(projectRoot: string, layers: Layer[] = LAYERS, shared: string[] = SHARED): { violations: string[]; edges: number } {
  const violations: string[] = [];
  let edges = 0;
  const rel = (file: string) => relative(projectRoot, file).split(sep).join('/');
  for (const layer of layers) {
    const allowedFolders = layer.local.map((folder) => resolve(projectRoot, folder));
    const allowedFiles = new Set(shared.map((file) => resolve(projectRoot, file)));
    const isAllowed = (file: string) => allowedFiles.has(file) || allowedFolders.some((folder) => within(file, folder));
    const via = new Map<string, string[]>(sourceFiles(resolve(projectRoot, layer.root)).map((file) => [file, [file]]));
    const queue = [...via.keys()];
    while (queue.length > 0) {
      const file = queue.shift()!;
      const chain = via.get(file)!.map(rel).join(' → ');
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        edges++;
        const problem = (why: string) => violations.push(`${chain} imports '${specifier}' (${why})`);
        if (specifier.startsWith('.') || specifier.startsWith('/') || VIRTUAL[specifier]) {
          const target = VIRTUAL[specifier] ? resolve(projectRoot, VIRTUAL[specifier]) : resolveLocal(file, specifier);
          if (!target) {
            problem('no such file');
          } else if (!isAllowed(target)) {
            const build = BUILD_FOLDERS.find((folder) => within(target, resolve(projectRoot, folder)));
            problem(build ? `build-time code in ${build}` : `${rel(target)} is outside ${layer.local.join(', ')} and not a listed browser-safe shared module`);
          } else if (SOURCE.test(target) && !via.has(target)) {
            via.set(target, [...via.get(file)!, target]);
            queue.push(target);
          }
          continue;
        }
        if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/')) problem('Astro code');
        else if (specifier === 'zod' || specifier.startsWith('zod/')) problem('Zod is build-time validation');
        else if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) problem('a Node module');
        else if (!layer.packages.some((name) => specifier === name || specifier.startsWith(`${name}/`))) problem(`package not allowed in ${layer.root}`);
      }
    }
  }
  return { violations, edges };
}

describe('import boundaries of the quiz core and islands', () => {
  test('src/quiz/core, src/quiz/ui and src/quiz/export import no build-time, Astro, Zod or Node code, directly or through another module', () => {
    const { violations, edges } = layerViolations(process.cwd());
    // The walk really read the imports (an empty graph would pass vacuously).
    expect(edges).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });

  describe('the checker', () => {
    const root = mkdtempSync(join(tmpdir(), 'sf-architecture-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    // The scratch project has only core and ui folders.
    const CORE_AND_UI = LAYERS.filter((layer) => layer.root !== 'src/quiz/export');
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };

    test('finds static, type-only, multi-line, re-export, side-effect and dynamic imports, and skips comments', () => {
      const source = [
        "import { a } from './a';",
        "import type { B } from '../b';",
        'import {\n  c,\n  d,\n} from "./cd";',
        "export * from './e';",
        "export { f } from './f';",
        "import './side-effect.css';",
        "const g = await import('./g');",
        "// import { h } from './commented';",
        "/* import { i } from './block-commented'; */",
        "export const label = 'imported from somewhere';",
      ].join('\n');
      expect(importsOf(source)).toEqual(['./a', '../b', './cd', './e', './f', './side-effect.css', './g']);
    });

    test('reports a shared module that imports node:fs, and a UI file importing Astro, Zod and build code, with the chain', () => {
      write('src/quiz/core/logic.ts', "import { x } from './helper';\nexport const y = x;\n");
      write('src/quiz/core/helper.ts', "import { read } from '../../lib/shared';\nexport const x = read;\n");
      write('src/lib/shared.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
      write('src/quiz/ui/Island.tsx', "import { h } from 'preact';\nimport { getCollection } from 'astro:content';\nimport { z } from 'astro/zod';\nimport { load } from '../build/load';\nimport { grade } from '../core/logic';\n");
      write('src/quiz/build/load.ts', 'export const load = 1;\n');
      const { violations } = layerViolations(root, CORE_AND_UI, ['src/lib/shared.ts']);
      expect(violations).toEqual([
        // Every core file is a starting point, so the shortest chain is reported.
        "src/quiz/core/helper.ts → src/lib/shared.ts imports 'node:fs' (a Node module)",
        "src/quiz/ui/Island.tsx imports 'astro:content' (Astro code)",
        "src/quiz/ui/Island.tsx imports 'astro/zod' (Astro code)",
        "src/quiz/ui/Island.tsx imports '../build/load' (build-time code in src/quiz/build)",
        "src/quiz/ui/Island.tsx → src/quiz/core/logic.ts → src/quiz/core/helper.ts → src/lib/shared.ts imports 'node:fs' (a Node module)",
      ]);
    });

    test('core may not import Preact or an unlisted module outside its folder', () => {
      rmSync(join(root, 'src'), { recursive: true, force: true });
      write('src/quiz/core/view.ts', "import { h } from 'preact';\nimport { slug } from '../../lib/slug';\n");
      write('src/lib/slug.ts', 'export const slug = 1;\n');
      write('src/quiz/ui/Empty.tsx', 'export {};\n');
      expect(layerViolations(root, CORE_AND_UI, []).violations).toEqual([
        "src/quiz/core/view.ts imports 'preact' (package not allowed in src/quiz/core)",
        "src/quiz/core/view.ts imports '../../lib/slug' (src/lib/slug.ts is outside src/quiz/core, src/i18n and not a listed browser-safe shared module)",
      ]);
    });
  });
});

describe('generic code, specific content', () => {
  test('no word of the curriculum appears in src/ (examples in messages and comments stay neutral)', () => {
    const curriculum = /\bml ?ops\b|\bdevops\b|\bdrift\b|\bcanary\b|\bpsi\b|feature store|model registry|continuous training|blue-green|shadow (?:deploy|release|traffic|mode)/i;
    const files = readdirSync('src', { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|astro|css|json)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (curriculum.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
