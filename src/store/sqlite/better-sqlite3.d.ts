// The part of better-sqlite3's API the store uses (the package ships no types and @types is not installed).
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult { changes: number; lastInsertRowid: number | bigint }
    interface Statement<R = any> {
      run(...params: unknown[]): RunResult;
      get(...params: unknown[]): R | undefined;
      all(...params: unknown[]): R[];
      iterate(...params: unknown[]): IterableIterator<R>;
      pluck(on?: boolean): this;
    }
    interface Database {
      prepare<R = any>(sql: string): Statement<R>;
      exec(sql: string): this;
      pragma(sql: string, options?: { simple?: boolean }): any;
      transaction<F extends (...args: any[]) => any>(fn: F): F;
      close(): void;
      readonly open: boolean;
    }
  }
  const Database: new (filename: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => Database.Database;
  export = Database;
}
