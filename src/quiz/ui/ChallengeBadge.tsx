import { goalText } from './challenge-strings';

/** The badge name with its star; the star is decoration, the name is the text. */
export function BadgeName({ name }: { name: string }) {
  return (
    <strong class="sf-q-badge-name">
      <span aria-hidden="true">★ </span>
      {name}
    </strong>
  );
}

/** "Goal: answer all 5 questions correctly to earn the badge ★ Name." */
export function Goal({ count, badge }: { count: number; badge: string }) {
  const [before, after] = goalText(count);
  return (
    <>
      {before}
      <BadgeName name={badge} />
      {after}
    </>
  );
}
