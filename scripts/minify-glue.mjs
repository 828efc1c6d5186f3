// Trunk post-build hook: minifies the wasm-bindgen JS glue of release builds. Trunk's own JS minifier fails
// on this glue and leaves it as is (trunk-rs/trunk#1044); esbuild cuts it from 5.6 kB to 4.1 kB brotli.
// Runs in Trunk's staging directory, before the build is moved to dist/.
import { transform } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE === 'release' && staging) {
  for (const name of await readdir(staging)) {
    if (!name.endsWith('.js')) continue;
    const path = join(staging, name);
    const { code } = await transform(await readFile(path, 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
    await writeFile(path, code);
  }
}
