/**
 * What a command is: a name, a one-line summary, its positionals, its options
 * (each with its help text) and a run function that receives the parsed,
 * typed values. A command is one file in commands/ exporting `command =
 * defineCommand({...})`, listed once in commands/index.ts; parsing, `--help`
 * and usage errors come from here, the same for every command.
 */
import type { PxErrorCode } from '../core/errors/index.ts';
import type { SessionIo } from './io.ts';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** One letter, for `-x`. */
  readonly short?: string;
  /** Placeholder in help, e.g. `<bcp47>`. */
  readonly value?: string;
  /** The accepted values; anything else is a usage error with code `invalid`. */
  readonly choices?: readonly string[];
  /** The code for a value outside `choices` (CLI_BAD_VALUE unless the area has its own, e.g. EXPORT_UNKNOWN_FORMAT). */
  readonly invalid?: PxErrorCode;
  readonly default?: string;
  readonly description: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends { type: 'boolean' }
  ? boolean
  : S extends { choices: readonly (infer C)[] }
    ? S extends { default: string } ? C : C | undefined
    : S extends { default: string } ? string : string | undefined;

export type OptionValues<O extends OptionSpecs> = { readonly [K in keyof O]: ValueOf<O[K]> };

/** A positional: `<name>` is required, `[name]` optional. */
export interface PositionalSpec {
  readonly name: string;
  readonly optional?: boolean;
  readonly description: string;
}

export interface CommandContext<O extends OptionSpecs> {
  readonly values: OptionValues<O>;
  /** In the order declared; optional ones may be undefined. */
  readonly positionals: readonly string[];
  readonly io: SessionIo;
}

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly summary: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: O;
  /** Extra lines at the end of `--help`: exit status, examples. */
  readonly notes?: readonly string[];
  run(ctx: CommandContext<O>): Promise<number>;
}

/** Identity, for inference: option values are typed from the spec literal. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/**
 * The registry's view of a command, whatever its options. `run` is declared
 * as a method, so a command with narrower option types still fits here.
 */
export type AnyCommand = CommandSpec<OptionSpecs>;
