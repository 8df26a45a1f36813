/** Next's bundled busboy (1.x), the parser of server action bodies; used to read them as Next does. */
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";

  type FileInfo = { filename: string; encoding: string; mimeType: string };
  type Config = { headers: Record<string, string>; defParamCharset?: string; limits?: { fieldSize?: number } };
  interface Busboy extends Writable {
    on(event: "field", listener: (name: string, value: string) => void): this;
    on(event: "file", listener: (name: string, stream: Readable, info: FileInfo) => void): this;
    on(event: "error", listener: (error: Error) => void): this;
    on(event: "finish", listener: () => void): this;
  }
  export default function busboy(config: Config): Busboy;
}
