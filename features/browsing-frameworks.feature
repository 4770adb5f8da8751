Feature: Browsing a council's competency framework
  L&D teams, employees and analysts look up what a council's framework expects at each level:
  the competencies, the behaviours that show them, and the red flags that show their absence.
  The frameworks are transcribed word for word from the councils' own documents.

  Scenario: The three councils' frameworks are served
    When I list the competency frameworks
    Then I see these frameworks:
      | framework     | council                | levels |
      | cambridge     | Cambridge City Council | 3      |
      | leicester     | Leicester City Council | 4      |
      | milton-keynes | Milton Keynes Council  | 5      |

  Scenario Outline: What a level expects
    When I look at level <level> of the "<framework>" framework
    Then it expects <competencies> competencies, <positive> positive behaviours and <red flags> red flags

    Examples: Milton Keynes is cumulative, and competency 7 starts at level 3
      | framework     | level | competencies | positive | red flags |
      | milton-keynes | 1     | 6            | 33       | 15        |
      | milton-keynes | 2     | 6            | 60       | 28        |
      | milton-keynes | 3     | 7            | 89       | 44        |
      | milton-keynes | 5     | 7            | 135      | 76        |

    Examples: Cambridge staff have Core, first line managers add their own, senior managers have CLM only
      | framework | level | competencies | positive | red flags |
      | cambridge | 1     | 8            | 55       | 38        |
      | cambridge | 2     | 12           | 83       | 53        |
      | cambridge | 3     | 15           | 100      | 71        |

    Examples: Leicester staff competencies apply to all; management criteria are cumulative
      | framework | level | competencies | positive | red flags |
      | leicester | 1     | 6            | 27       | 0         |
      | leicester | 4     | 17           | 209      | 0         |

  Scenario: Milton Keynes level 3 holds the behaviours of levels 1 to 3
    When I look at level 3 of the "milton-keynes" framework
    Then every behaviour was introduced at level 1, 2 or 3
    And the competency "EXCELLENT LEADERSHIP" is included

  Scenario: Competency 7 is not expected below level 3 in Milton Keynes
    When I look at level 2 of the "milton-keynes" framework
    Then the competency "EXCELLENT LEADERSHIP" is not included

  Scenario: Cambridge senior managers are not assessed against the Core framework
    When I look at level 3 of the "cambridge" framework
    Then every competency comes from the section "City leadership & management framework"
    And the competency "CUSTOMER SERVICE & SUPPORT" is not included

  Scenario: A competency lists its red flags as the council wrote them
    When I look at the competency "CUSTOMER SERVICE & SUPPORT" of the "cambridge" framework
    Then its red flags include:
      | Sees customers as interruptions to 'the day job' |
      | Is abrupt, dismissive or patronising             |

  Scenario: Asking for a framework that does not exist
    When I look at the "atlantis" framework
    Then I am told that no framework "atlantis" exists
