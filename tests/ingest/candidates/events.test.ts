import { describe, expect, it } from 'vitest';
import { aliasesOf, proposed } from './propose.ts';

describe('events named by the states and places they concern', () => {
  it('names a war by its place, when the text names the place again', () => {
    const text = "The war in Sudan has displaced millions, and Sudan's neighbours fear it will spread.";
    expect(proposed(text)).toEqual(['COUNTRY Sudan', 'EVENT Sudan war']);
    expect(aliasesOf(text, 'Sudan war')).toEqual(['war in Sudan']);
  });

  it('leaves the place named when the text names it nowhere else', () => {
    expect(proposed('The war in Tigray ended, and the Tigray Defence Front disarmed.')).toEqual([
      'REGION Tigray',
      'ORGANIZATION Tigray Defence Front',
    ]);
  });

  it('names an invasion by the state that makes it, from a possessive or "its"', () => {
    expect(proposed("Iraq's invasion of Kuwait in 1990 shocked the region.")).toEqual([
      'COUNTRY Iraq',
      'COUNTRY Kuwait',
      'EVENT Iraqi invasion of Kuwait',
    ]);
    expect(aliasesOf('Iraq said its sudden invasion of Kuwait was justified.', 'Iraqi invasion of Kuwait')).toEqual([
      'sudden invasion',
    ]);
  });

  it('takes a grouping one state leads', () => {
    expect(proposed('A US-led coalition struck again.')).toEqual([
      'COUNTRY United States',
      'GROUPING US-led coalition',
    ]);
  });

  it('names a summit by the states it lists', () => {
    expect(proposed('It was the first trilateral summit of Japan, South Korea and China in years.')).toEqual([
      'COUNTRY Japan',
      'COUNTRY South Korea',
      'COUNTRY China',
      'EVENT Japan-South Korea-China trilateral summit',
    ]);
  });
});
