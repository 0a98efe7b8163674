/**
 * What makes a file an Engagebook workbook, checked from the raw SQLite header before SQLite opens it, so a refused
 * file is never touched (setting WAL mode alone would rewrite header bytes).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { EngagebookError } from '../../../shared/domain/errors';

/** PRAGMA application_id of every workbook: "EBK1" in ASCII. */
export const APPLICATION_ID = 0x45424b31;
export const FILE_EXTENSION = '.engagement';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface HeaderFacts {
  readonly applicationId: number;
  readonly userVersion: number;
}

/** Reads the 100-byte SQLite header of `file`, or explains why it is not a workbook. */
export function readHeader(file: string): HeaderFacts {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new EngagebookError('not-sqlite', 'is not a file', file);
    size = stat.size;
  } catch (error) {
    if (error instanceof EngagebookError) throw error;
    throw new EngagebookError('not-found', 'no such file', file);
  }
  if (size < HEADER_SIZE) {
    throw new EngagebookError('not-sqlite', `is not an Engagebook workbook (only ${size} bytes; not a SQLite database)`, file);
  }
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new EngagebookError('not-sqlite', 'is not an Engagebook workbook (not a SQLite database)', file);
  }
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}
