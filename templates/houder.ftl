<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<p class="lead">Een opvangorganisatie (houder) heeft een of meer opvanglocaties.</p>
<dl class="facts">
  <@l.fact "KvK-nummer" p.kvk()/>
  <@l.websiteFact p.website()/>
</dl>
<section aria-labelledby="locaties">
  <h2 id="locaties">Locaties van deze organisatie</h2>
  <@l.cards p.locations() "Deze organisatie heeft geen locaties in deze atlas."/>
</section>
</@l.page>
