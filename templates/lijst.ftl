<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<p class="lead">${p.intro()}</p>
<p>Aantal: ${p.total()}.</p>
<#list p.groups() as g>
  <#if g.heading()??>
  <section aria-labelledby="groep-${g?index}">
    <h2 id="groep-${g?index}">${g.heading()}</h2>
    <@l.cards g.items()/>
  </section>
  <#else>
  <@l.cards g.items() "Er is nog niets om te laten zien."/>
  </#if>
<#else>
<p class="empty">Er is nog niets om te laten zien.</p>
</#list>
</@l.page>
