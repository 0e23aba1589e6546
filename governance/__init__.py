"""The Task Force and the Program Managers Team: members, meetings and quorum, decisions,
coordinator rotation, implementation reports and action plans (action plan, section 5 and
Appendix 1)."""
