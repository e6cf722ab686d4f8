// `npm start`: installs everything, builds the portal and serves it on its embedded database.
import { env, install, run } from './workspace.mjs';

install();
run('turbo', ['run', 'build', '--filter=@dvc/portal...', '--output-logs=errors-only']);

env.PORT ??= '3000';
env.HOST ??= '127.0.0.1';
console.log(`\nThe portal is starting at http://${env.HOST}:${env.PORT}/ (Ctrl+C to stop)`);
run('pnpm', ['--filter', '@dvc/portal', 'start']);
