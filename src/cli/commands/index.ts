/**
 * Every CLI command, in the order the help lists them. A new command is a new
 * file in this folder plus one line here.
 */
import type { Command } from '../types.ts';
import { validateCommand } from './validate.ts';
import { analyseCommand } from './analyse.ts';
import { exportCommand } from './export.ts';
import { layoutCommand } from './layout.ts';
import { convertCommand } from './convert.ts';
import { serveCommand } from './serve.ts';
import { roomCommand } from './room.ts';
import { patternsCommand } from './patterns.ts';
import { stackCommand } from './stack.ts';

export const COMMANDS: readonly Command[] = [validateCommand, analyseCommand, exportCommand, layoutCommand, convertCommand, serveCommand, roomCommand, stackCommand, patternsCommand];
