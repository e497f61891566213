export function clientAddress(
  header: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedProxies: number,
): string;
