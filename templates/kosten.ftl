<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<#if p.summary()??><p class="lead">${p.summary()}</p></#if>
<#if p.costs()??><#assign c = p.costs()>
<section class="costs" aria-labelledby="bedragen">
  <h2 id="bedragen">De bedragen in ${c.year()}</h2>
  <#if c.illustrative()><p><strong>Voorbeeldbedragen.</strong> Deze bedragen zijn een voorbeeld. Kijk voor de echte bedragen op toeslagen.nl.</p></#if>
  <table>
    <caption>Maximum uurprijs: tot dit bedrag per uur telt de kinderopvangtoeslag mee</caption>
    <thead><tr><th scope="col">Soort opvang</th><th scope="col">Maximum uurprijs</th></tr></thead>
    <tbody>
    <#list c.rates() as r><tr><th scope="row">${r.care()}</th><td>${r.rate()}</td></tr></#list>
    </tbody>
  </table>
  <p>De kinderopvangtoeslag betaalt ${c.lowestShare()} tot ${c.highestShare()} van de maximum uurprijs. Hoe lager uw inkomen, hoe groter het deel.</p>
  <p>Krijgt u geen toeslag? Dan betaalt u voor peuteropvang een ouderbijdrage aan de opvang: ${c.parentalContribution()}</p>
  <p class="small-print">${c.source()}<#if c.illustrative()> (voorbeeldgegevens)</#if>.</p>
  <p><a href="${c.calculator()}">Reken uit hoeveel toeslag u krijgt: maak een proefberekening op toeslagen.nl</a></p>
</section>
</#if>
<div class="prose">
${p.html()?no_esc}
</div>
</@l.page>
