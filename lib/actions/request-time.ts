// Server actions are entry points: the one place an action reads the clock, once per request, and
// hands that moment to its use case as `now` (nothing deeper in lib/ reads the clock).
export const requestTime = (): Date => new Date();
