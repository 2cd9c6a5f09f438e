<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<#if p.summary()??><p class="lead">${p.summary()}</p></#if>
<div class="prose">
${p.html()?no_esc}
</div>

<section aria-labelledby="editie">
  <h2 id="editie">Deze editie</h2>
  <p>Deze atlas is van ${p.edition()}. De gegevens kunnen sindsdien veranderd zijn.</p>
</section>

<section aria-labelledby="waar-vandaan">
  <h2 id="waar-vandaan">Waar komen de gegevens vandaan?</h2>
  <ul class="source-list">
  <#list p.sources() as s>
    <li>
      <strong>${s.name()}</strong><#if s.publisher()??>, ${s.publisher()}</#if>, ${s.date()}.
      <#if s.illustrative()> <span class="tag">Voorbeeldgegevens</span><#else> <span class="tag tag-real">Echte gegevens</span></#if>
      <#if s.description()??><br>${s.description()}</#if>
      <#if s.url()??><br><a href="${s.url()}">${s.url()}</a></#if>
    </li>
  </#list>
  </ul>
</section>

<#if p.illustrative()??>
<section aria-labelledby="voorbeeld">
  <h2 id="voorbeeld">Voorbeeldgegevens</h2>
  <p>${p.illustrative()}</p>
</section>
</#if>

<section aria-labelledby="contact">
  <h2 id="contact">Vragen of een fout gezien?</h2>
  <#assign c = p.contact()>
  <p>Neem contact op met ${c.organisation()}.</p>
  <ul>
    <#if c.email()??><li>E-mail: <a href="${c.emailHref()}">${c.email()}</a></li></#if>
    <#if c.phone()??><li>Telefoon: <#if c.phoneHref()??><a href="${c.phoneHref()}">${c.phone()}</a><#else>${c.phone()}</#if></li></#if>
    <#if c.website()??><li>Website: <a href="${c.website()}">${c.website()}</a></li></#if>
  </ul>
</section>
</@l.page>
