// Rule descriptions for "why this is a claim". lib/rules is the source; until it exports
// describeRule the panel shows rule ids as they are.
export function describeRule(_id: string): string | undefined {
  return undefined;
}
