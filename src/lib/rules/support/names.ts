// Row names compared by meaning: without spaces, and without the ordinal or `其中：` they are
// printed with, brackets made half-width (`二、公务用车购置及运维费`, `其中：公务用车购置费`).

export const ORDINAL = /^[一二三四五六七八九十]+、/;

export const normalName = (name: string) => name.replace(/\s/g, '');

export const bareName = (name: string) =>
  normalName(name)
    .replace(ORDINAL, '')
    .replace(/^\d+[.．、]/, '')
    .replace(/^其中[：:]/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
