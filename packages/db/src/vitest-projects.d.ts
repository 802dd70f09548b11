export declare function databaseProjects(test: { include: string[]; [key: string]: unknown }): {
  test: Record<string, unknown>;
}[];
