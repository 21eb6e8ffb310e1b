import { parseArgs, type ParseArgsConfig } from "node:util";
import { parseFormatOption, type InputFormat } from "../ingest/read-input";

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * The argument handling `extract` and `ingest` share: parse, answer --help, check --format.
 * Returns the parsed arguments, or the exit code when the command should stop here
 * (0 after --help, 2 for bad arguments, with the message and usage printed).
 */
export function readCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): { args: Parsed<T>; format: InputFormat | undefined } | number {
  let args: Parsed<T>;
  try {
    args = parseArgs(config);
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  const values = args.values as { help?: boolean; format?: string };
  if (values.help) {
    console.log(usage);
    return 0;
  }
  try {
    return { args, format: parseFormatOption(values.format) };
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
}
