import type { AdminModule } from "@flow-configs/model/runtime";

/** The modules a user in these groups may open: any one of a module's required groups is enough. */
export function allowedModules(modules: readonly AdminModule[], groups: readonly string[]): AdminModule[] {
  return modules.filter((module) => module.requiredGroups.some((group) => groups.includes(group)));
}
