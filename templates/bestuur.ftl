<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<p class="lead">Een schoolbestuur is de organisatie die een of meer scholen bestuurt.</p>
<dl class="facts">
  <@l.fact "Bestuursnummer" p.number()/>
  <@l.fact "Richting" p.denomination()/>
  <@l.websiteFact p.website()/>
</dl>
<section aria-labelledby="scholen">
  <h2 id="scholen">Scholen van dit bestuur</h2>
  <@l.cards p.schools() "Dit bestuur heeft geen scholen in deze atlas."/>
</section>
</@l.page>
