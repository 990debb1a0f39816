/**
 * The request/sync model of Office.js, strictly: setting a property or calling a method only queues
 * a command; `load()` only asks; nothing happens until `context.sync()`, and reading a property
 * that was not loaded and synced throws, as in Excel. Every sync is logged with its command count
 * and payload sizes; a request over 5 MB is refused whole, and a chosen sync can be made to fail
 * half-way through its batch (Excel does not roll a failed batch back).
 */
import { OFFICE_MESSAGES, type OfficeLanguage } from "./office-messages";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    // As OfficeExtension.Error: the message is Office's own words, the code is separate.
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface SyncRecord {
  index: number;
  commands: number;
  requestBytes: number;
  responseBytes: number;
  outcome: "ok" | "failed" | "too-large";
}

export interface FakeControl {
  log: SyncRecord[];
  /** The language Office speaks: its error messages come in it (codes never change). */
  language: OfficeLanguage;
  /** Make the sync with this 1-based index (counted over the fake's life) fail. */
  failAtSync?: number | undefined;
  syncCount: number;
}

interface Command {
  bytes: number;
  run(): void;
}

interface LoadRequest {
  object: ClientObject;
  properties: string[];
}

const COMMAND_OVERHEAD = 64;

const encoder = new TextEncoder();

/** Bytes on the wire: the JSON in UTF-8 (a Chinese character takes three). */
export function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value ?? null)).length;
}

export class FakeRequestContext {
  private commands: Command[] = [];
  private loads: LoadRequest[] = [];

  constructor(readonly control: FakeControl) {}

  /** Queues a command; `payload` is what Office.js would serialise into the request. */
  queue(payload: unknown, run: () => void): void {
    this.commands.push({ bytes: COMMAND_OVERHEAD + payloadBytes(payload), run });
  }

  requestLoad(object: ClientObject, properties: string[]): void {
    this.loads.push({ object, properties });
  }

  get pending(): boolean {
    return this.commands.length > 0 || this.loads.length > 0;
  }

  async sync(): Promise<void> {
    const commands = this.commands;
    const loads = this.loads;
    this.commands = [];
    this.loads = [];
    const control = this.control;
    control.syncCount += 1;
    const index = control.syncCount;
    const requestBytes =
      commands.reduce((sum, c) => sum + c.bytes, 0) + loads.length * COMMAND_OVERHEAD;
    const record: SyncRecord = {
      index,
      commands: commands.length + loads.length,
      requestBytes,
      responseBytes: 0,
      outcome: "ok",
    };
    control.log.push(record);
    await Promise.resolve();
    if (requestBytes > PAYLOAD_LIMIT) {
      record.outcome = "too-large";
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        OFFICE_MESSAGES[control.language].request,
      );
    }
    if (control.failAtSync === index) {
      record.outcome = "failed";
      for (const command of commands.slice(0, Math.floor(commands.length / 2))) command.run();
      throw new FakeOfficeError("GeneralException", `sync ${index} failed (injected by the test)`);
    }
    try {
      for (const command of commands) command.run();
      let responseBytes = 0;
      for (const load of loads) responseBytes += load.object.resolveLoad(load.properties);
      record.responseBytes = responseBytes;
      if (responseBytes > PAYLOAD_LIMIT) {
        record.outcome = "too-large";
        // Office names a refused response with its own code (the shell must know both).
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          OFFICE_MESSAGES[control.language].response,
        );
      }
    } catch (error) {
      if (record.outcome === "ok") record.outcome = "failed";
      throw error;
    }
  }
}

/** Base of every proxy object: load bookkeeping and guarded property reads. */
export abstract class ClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  load(properties?: string | string[] | { select?: string }): this {
    const list =
      properties === undefined
        ? this.defaultProperties()
        : typeof properties === "string"
          ? properties.split(",")
          : Array.isArray(properties)
            ? properties
            : (properties.select ?? "").split(",");
    this.context.requestLoad(
      this,
      list.map((p) => p.trim()).filter((p) => p !== ""),
    );
    return this;
  }

  /** At sync: takes the values asked for; returns their size in the response. */
  resolveLoad(properties: string[]): number {
    if (this.isNull()) {
      this.nullObject = true;
      return 8;
    }
    this.nullObject = false;
    let bytes = 0;
    for (const property of properties) {
      const value = this.snapshot(property);
      this.loadedValues.set(property, value);
      bytes += payloadBytes(value);
    }
    return bytes;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `isNullObject is not available: call load() and context.sync() first`,
      );
    return this.nullObject;
  }

  protected loaded<T>(property: string): T {
    if (!this.loadedValues.has(property))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loadedValues.get(property) as T;
  }

  /** Subclasses that can be null objects say when they are. */
  protected isNull(): boolean {
    return false;
  }

  protected defaultProperties(): string[] {
    return [];
  }

  /** The property's current value in the workbook (called at sync). */
  protected abstract snapshot(property: string): unknown;
}
