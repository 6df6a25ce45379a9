#!/usr/bin/env node
// The installed system-canvas command. The CLI is written in TypeScript, so tsx
// compiles it on the fly; there is no separate build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
