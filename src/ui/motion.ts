/** How long a view animation runs: none at all for people who asked their system for reduced motion. */
export const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export const motion = (ms: number) => (prefersReducedMotion() ? 0 : ms);
